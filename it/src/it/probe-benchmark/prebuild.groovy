// Writes the benchmark's description: 300 operations on 300 paths, half behind a bearer token and
// half behind an OAuth 2 scope, so that every check of the probe has work on each.
def spec = new StringBuilder('''openapi: 3.0.3
info: {title: Bench, version: '1'}
tags: [{name: bench}]
paths:
''')
300.times { i ->
    def security = i % 2 == 0 ? '[{bearer: []}]' : '[{oauth: [read]}]'
    spec << "  /resources${i}/{id}:\n"
    spec << "    get:\n"
    spec << "      operationId: get${i}\n"
    spec << "      tags: [bench]\n"
    spec << "      security: ${security}\n"
    spec << "      parameters: [{name: id, in: path, required: true, schema: {type: string, example: item-${i}}}]\n"
    spec << "      responses: {'200': {description: ok, content: {application/json: {schema: {type: object}}}}}\n"
}
spec << '''components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
    oauth:
      type: oauth2
      flows: {clientCredentials: {tokenUrl: 'https://auth.example.com/token', scopes: {read: Read.}}}
'''
def folder = new File(basedir, 'src/main/openapi')
folder.mkdirs()
new File(folder, 'bench.yaml').text = spec.toString()
return true
