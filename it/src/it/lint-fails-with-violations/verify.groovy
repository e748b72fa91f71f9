// A spec with violations fails the build; each finding is logged once, linking file:line:column.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/openapi/api.yaml:58:27: undefined-scope: scope \'pets:delete\' is not declared by any flow of oauth2 scheme \'petstoreOAuth\' [DELETE /pets/{petId}]')
assert log.contains('[WARNING] src/main/openapi/api.yaml:68:17: challenge-scheme-mismatch:')
assert log.count('undefined-scope:') == 1
assert log.contains('BUILD FAILURE')
assert log.contains('openapi-auth found 8 errors (at or above error; 0 allowed)')
return true
