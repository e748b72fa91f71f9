// Two lifecycles in one build: the second lint finds nothing changed and says so in one line.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.count('openapi-auth: 1 file, 1 operation (1 secured): 0 errors') == 1
assert log.count('openapi-auth: lint is up to date, nothing changed since the last run') == 1
return true
