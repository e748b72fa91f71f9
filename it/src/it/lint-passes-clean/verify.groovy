// A clean spec passes and still gets its reports.
def log = new File(basedir, 'build.log').text
assert log.contains('openapi-auth: 1 file, 1 operation (1 secured): 0 errors, 0 warnings, 0 info')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/openapi-auth/openapi-auth.sarif').isFile()
assert new File(basedir, 'target/openapi-auth/openapi-auth.json').isFile()
return true
