// A repository whose HEAD has the description before the change; the working tree has the change.
def git(String... args) {
    def command = ['git', '-c', 'user.name=it', '-c', 'user.email=it@example.com', '-c', 'commit.gpgsign=false'] + args.toList()
    def process = command.execute(null, basedir)
    def out = new StringBuilder()
    process.waitForProcessOutput(out, out)
    assert process.exitValue() == 0: out
}
git('init', '-q')
git('add', '-A')
git('commit', '-q', '-m', 'before the change')
new File(basedir, 'src/main/openapi/api.yaml').text = new File(basedir, 'change/api.yaml').text
return true
