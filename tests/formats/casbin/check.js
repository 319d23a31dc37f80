// Asks Casbin's enforcer every request of a file and prints "allowed" or "denied" for each, in order.
// Usage: node check.js DIR REQUESTS   (DIR holds model.conf and policy.csv; REQUESTS has one request a line,
// tab-separated: member id, production id, feature id, level id)
'use strict';

const fs = require('fs');
const path = require('path');
const { newEnforcer } = require('casbin');

async function main() {
    const [dir, requests] = process.argv.slice(2);
    const enforcer = await newEnforcer(path.join(dir, 'model.conf'), path.join(dir, 'policy.csv'));
    const lines = fs.readFileSync(requests, 'utf8').split('\n').filter((line) => line.length > 0);
    const answers = [];
    for (const line of lines) {
        const [member, production, feature, level] = line.split('\t');
        answers.push((await enforcer.enforce(member, production, feature, level)) ? 'allowed' : 'denied');
    }
    process.stdout.write(answers.join('\n') + '\n');
}

main().catch((error) => {
    process.stderr.write(`casbin check: ${error.message}\n`);
    process.exit(2);
});
