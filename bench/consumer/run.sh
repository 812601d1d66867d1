#!/usr/bin/env bash
# Builds a consumer project against the vnnews artifact in the local Maven repository and runs it
# on the class path and on the module path (with the README's --add-modules line).
#   bench/consumer/run.sh            # mvn install first (tests skipped), then the consumer
#   bench/consumer/run.sh --no-install
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
mvn_opts=(-B -q)
[[ ${MAVEN_OFFLINE:-1} == 1 ]] && mvn_opts+=(-o)
if [[ ${1:-} != --no-install ]]; then
  (cd "$root" && mvn "${mvn_opts[@]}" -DskipTests -DskipITs install)
fi
cd "$here"
rm -rf target
mvn "${mvn_opts[@]}" package dependency:copy-dependencies -DoutputDirectory=target/lib -DincludeScope=runtime
echo "runtime dependencies resolved from the installed POM:"
ls target/lib | sed 's/^/  /'
echo "class path:"
cp_out=$(java -cp "target/consumer.jar:target/lib/*" consumer.Main "$root/seeds")
echo "  $cp_out"
echo "module path:"
mp_out=$(java --module-path target/consumer.jar:target/lib \
  --add-modules org.jsoup,tools.jackson.core,org.apache.commons.text -m consumer/consumer.Main "$root/seeds")
echo "  $mp_out"
expected="5 articles, 5 JSON lines, page title Tiêu đề"
[[ $cp_out == "$expected" && $mp_out == "$expected" ]] || { echo "expected: $expected" >&2; exit 1; }
echo "ok: both give: $expected"
