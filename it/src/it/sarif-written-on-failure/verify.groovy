// The build fails, and the SARIF report for code scanning is there all the same.
import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
def sarif = new JsonSlurper().parse(new File(basedir, 'target/code-scanning/openapi-auth.sarif'))
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results
assert results.size() == 16
assert results.findAll { it.level == 'error' }.size() == 8
def scope = results.find { it.ruleId == 'undefined-scope' }
assert scope.locations[0].physicalLocation.artifactLocation.uri == 'src/main/openapi/api.yaml'
assert scope.locations[0].physicalLocation.region.startLine == 58
assert scope.locations[0].logicalLocations[0].fullyQualifiedName == 'DELETE /pets/{petId}'
assert sarif.runs[0].tool.driver.rules[scope.ruleIndex].id == 'undefined-scope'
return true
