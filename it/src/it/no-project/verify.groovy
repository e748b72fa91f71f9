// The goal runs where there is no pom.xml at all, on the spec named on the command line.
def log = new File(basedir, 'build.log').text
assert !new File(basedir, 'pom.xml').exists()
assert log.contains('Building Maven Stub Project (No POM)')
assert log.contains('[ERROR] api.yaml:58:27: undefined-scope:')
assert log.contains('openapi-auth found 8 errors')
assert new File(basedir, 'target/openapi-auth/openapi-auth.sarif').isFile()
return true
