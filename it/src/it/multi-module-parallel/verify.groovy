// A reactor built with -T 2: each module lints its own specs into its own reports.
import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
def orders = new JsonSlurper().parse(new File(basedir, 'orders/target/openapi-auth/openapi-auth.json'))
def billing = new JsonSlurper().parse(new File(basedir, 'billing/target/openapi-auth/openapi-auth.json'))
assert orders.summary.errors == 0 && orders.summary.operations == 1
assert billing.summary.errors == 8 && billing.summary.operations == 7
assert log.contains('[ERROR] billing/src/main/openapi/billing.yaml:58:27: undefined-scope:')
return true
