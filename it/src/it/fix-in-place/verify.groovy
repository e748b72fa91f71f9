// fix edited the user's description in place: only added lines, the comment and flow mappings kept,
// the existing Unauthorized and error schema reused; the same build's lint then passed.
def log = new File(basedir, 'build.log').text
def fixed = new File(basedir, 'src/main/openapi/api.yaml').text
def original = new File(basedir, '../../../src/it/fix-in-place/src/main/openapi/api.yaml').text
assert log.contains('openapi-auth: 1 file is a fragment (no openapi or swagger key), read through the descriptions that reference them')
assert !log.contains('not an OpenAPI description')
assert log.contains('openapi-auth: fixed ')
assert log.contains('reused components/responses/Unauthorized (referenced by 1 existing 401) for the 401 of 1 operation')
assert log.contains('added components/responses/Forbidden (body: schemas/error.yaml, which 2 4xx responses share) for the 403 of 2 operations')
assert log.contains('BUILD SUCCESS')
assert fixed.contains("  title: Shop   # also the realm of the challenges\n")
assert fixed.contains("        '200': {description: The orders.}\n")
def kept = original.readLines()
def lines = fixed.readLines()
int at = 0
for (line in lines) { if (at < kept.size() && line == kept[at]) at++ }
assert at == kept.size() : 'every original line is still there, in order'
assert fixed.contains("""        '401':
          \$ref: '#/components/responses/Unauthorized'
        '403':
          \$ref: '#/components/responses/Forbidden'
""")
assert new File(basedir, 'src/main/openapi/schemas/error.yaml').text == new File(basedir, '../../../src/it/fix-in-place/src/main/openapi/schemas/error.yaml').text
return true
