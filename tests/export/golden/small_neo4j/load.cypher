// Loads nodes.csv and relationships.csv (written by `actorgraph export --to neo4j`) into an existing
// Neo4j 5 database. Copy both files into the database's import directory, then run
//   cypher-shell -u neo4j -f load.cypher
// MERGE on Actor.id and on each relationship's id: running it again updates, never duplicates.
// LOAD CSV reads every value as a string (an empty one as null): dates go through date(),
// counts through toInteger(), arrays through split(_, ';').

CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
MERGE (a:Actor {id: row.`id:ID(Actor)`})
SET a.label = row.label, a.type = row.type, a.name_ar = row.name_ar, a.name_en = row.name_en,
    a.country = row.country,
    a.aliases = CASE WHEN coalesce(row.`aliases:string[]`, '') = '' THEN null
                     ELSE split(row.`aliases:string[]`, ';') END,
    a.roles = row.roles
FOREACH (_ IN CASE WHEN row.type = 'person' THEN [1] ELSE [] END | SET a:Person)
FOREACH (_ IN CASE WHEN row.type = 'state' THEN [1] ELSE [] END | SET a:State)
FOREACH (_ IN CASE WHEN row.type = 'organization' THEN [1] ELSE [] END | SET a:Organization)
FOREACH (_ IN CASE WHEN row.type = 'military_base' THEN [1] ELSE [] END | SET a:MilitaryBase)
FOREACH (_ IN CASE WHEN row.type = 'location' THEN [1] ELSE [] END | SET a:Location)
FOREACH (_ IN CASE WHEN row.type = 'media' THEN [1] ELSE [] END | SET a:Media)
;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'MEETING'
MATCH (s:Actor {id: row.`:START_ID(Actor)`})
MATCH (t:Actor {id: row.`:END_ID(Actor)`})
MERGE (s)-[r:`MEETING` {id: row.id}]->(t)
SET r.type = row.type,
    r.date = CASE WHEN coalesce(row.`date:date`, '') = '' THEN null ELSE date(row.`date:date`) END,
    r.date_precision = row.date_precision, r.place = row.place,
    r.sources = toInteger(row.`sources:int`), r.attributes = row.attributes,
    r.documents = CASE WHEN coalesce(row.`documents:string[]`, '') = '' THEN null
                       ELSE split(row.`documents:string[]`, ';') END,
    r.provenance = row.provenance;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'STATEMENT'
MATCH (s:Actor {id: row.`:START_ID(Actor)`})
MATCH (t:Actor {id: row.`:END_ID(Actor)`})
MERGE (s)-[r:`STATEMENT` {id: row.id}]->(t)
SET r.type = row.type,
    r.date = CASE WHEN coalesce(row.`date:date`, '') = '' THEN null ELSE date(row.`date:date`) END,
    r.date_precision = row.date_precision, r.place = row.place,
    r.sources = toInteger(row.`sources:int`), r.attributes = row.attributes,
    r.documents = CASE WHEN coalesce(row.`documents:string[]`, '') = '' THEN null
                       ELSE split(row.`documents:string[]`, ';') END,
    r.provenance = row.provenance;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'OPERATES'
MATCH (s:Actor {id: row.`:START_ID(Actor)`})
MATCH (t:Actor {id: row.`:END_ID(Actor)`})
MERGE (s)-[r:`OPERATES` {id: row.id}]->(t)
SET r.type = row.type,
    r.date = CASE WHEN coalesce(row.`date:date`, '') = '' THEN null ELSE date(row.`date:date`) END,
    r.date_precision = row.date_precision, r.place = row.place,
    r.sources = toInteger(row.`sources:int`), r.attributes = row.attributes,
    r.documents = CASE WHEN coalesce(row.`documents:string[]`, '') = '' THEN null
                       ELSE split(row.`documents:string[]`, ';') END,
    r.provenance = row.provenance;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'VISIT'
MATCH (s:Actor {id: row.`:START_ID(Actor)`})
MATCH (t:Actor {id: row.`:END_ID(Actor)`})
MERGE (s)-[r:`VISIT` {id: row.id}]->(t)
SET r.type = row.type,
    r.date = CASE WHEN coalesce(row.`date:date`, '') = '' THEN null ELSE date(row.`date:date`) END,
    r.date_precision = row.date_precision, r.place = row.place,
    r.sources = toInteger(row.`sources:int`), r.attributes = row.attributes,
    r.documents = CASE WHEN coalesce(row.`documents:string[]`, '') = '' THEN null
                       ELSE split(row.`documents:string[]`, ';') END,
    r.provenance = row.provenance;
