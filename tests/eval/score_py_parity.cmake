# Runs ../shared/checks/score.py on fixtures/parity with the fixture graphs standing in for the
# program's output, and compares its summary line with expected_summary.txt (which score_test
# compares with the C++ scorer's). Inputs: PYTHON, SCORE_PY, FIXTURE.
set(ENV{ACTORGRAPH_BUILD} "cp ${FIXTURE}/graphs/$(basename {outdir}).json {outdir}/graph.json")
execute_process(
  COMMAND ${PYTHON} ${SCORE_PY} --gold ${FIXTURE}/gold.json --texts ${FIXTURE}/texts.jsonl --bin unused
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "score.py failed (${rc}): ${out}${err}")
endif()
string(STRIP "${out}" out)
string(REGEX REPLACE ".*\n" "" last "${out}")
file(READ ${FIXTURE}/expected_summary.txt expected)
string(STRIP "${expected}" expected)
if(NOT last STREQUAL expected)
  message(FATAL_ERROR "score.py printed\n  ${last}\nexpected (what the C++ scorer prints)\n  ${expected}")
endif()
