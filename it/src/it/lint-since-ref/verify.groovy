// Only what the change broke is logged and fails the build; what it fixed is counted; the reports say which is which.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('secured-operation-without-401: secured operation does not document a 401 response [POST /orders]')
assert log.contains('secured-operation-without-403: secured operation does not document a 403 response [POST /orders]')
// Unchanged findings on the shared Unauthorized response are not logged, and the build fails on 1 error, not 2.
assert !log.contains('unauthorized-without-www-authenticate: ')
assert log.contains('new: 2, fixed: 2')
assert log.contains('openapi-auth found 1 error (at or above error; 0 allowed)')

def json = new JsonSlurper().parse(new File(basedir, 'target/openapi-auth/openapi-auth.json'))
assert json.findings.collect { it.baselineState } == ['new', 'new', 'unchanged', 'unchanged']
assert json.fixed.collect { it.rule } == ['secured-operation-without-401', 'secured-operation-without-403']
def sarif = new JsonSlurper().parse(new File(basedir, 'target/openapi-auth/openapi-auth.sarif'))
assert sarif.runs[0].results.collect { it.baselineState } == ['new', 'new', 'unchanged', 'unchanged', 'absent', 'absent']
assert new File(basedir, 'target/openapi-auth/openapi-auth.md').text.contains('Fixed by this change (2)')
return true
