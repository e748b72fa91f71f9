// One goal execution lints the three specs of a fileset spanning two folders, and skips the excluded one.
import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('openapi-auth: 3 files, 3 operations (3 secured): 1 error, 1 warning, 0 info')
assert log.contains('[ERROR] specs/internal/admin.yml:8:7: secured-operation-without-401:')
assert !log.contains('draft.yaml')
def report = new JsonSlurper().parse(new File(basedir, 'target/openapi-auth/openapi-auth.json'))
assert report.findings*.file.unique() == ['specs/internal/admin.yml']
return true
