// failOnSeverity=never passes, and the findings are still reported.
import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[ERROR] src/main/openapi/api.yaml:80:7: secured-operation-without-401:')
def report = new JsonSlurper().parse(new File(basedir, 'target/openapi-auth/openapi-auth.json'))
assert report.summary.errors == 8
assert report.summary.warnings == 7
assert report.findings.size() == 16
assert new File(basedir, 'target/openapi-auth/openapi-auth.txt').text.contains('8 errors, 7 warnings, 1 info')
assert !new File(basedir, 'target/openapi-auth/openapi-auth.sarif').exists()
return true
