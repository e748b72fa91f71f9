// The setup project only installs the shared matrix for e2e-spring and e2e-jaxrs.
assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS')
return true
