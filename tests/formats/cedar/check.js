// Checks an export of rolesheet-cli cedar with the Cedar engine itself, then asks it every request of a file.
// Usage: node check.js DIR REQUESTS
//        node check.js --annotations FILE   (prints the @text annotation of every policy of FILE by its @id, as JSON)
//   DIR holds schema.cedarschema, policies.cedar and entities.json. REQUESTS has one request a line, tab-separated:
//   member id, production id, action id, instant (ISO 8601). Prints, in order, "allow<TAB>ids" (the ids of the
//   policies that allow, comma-separated and sorted) or "deny".
// Exits 2 with the engine's own words when the schema, policies or entities are refused or warned about, or when a
// request errs.
'use strict';

const fs = require('fs');
const path = require('path');
const cedar = require('@cedar-policy/cedar-wasm/nodejs');

function fail(what, detail) {
    process.stderr.write(`cedar check: ${what}: ${JSON.stringify(detail, null, 1)}\n`);
    process.exit(2);
}

// Cedar's own reading of the strings in annotations.
function annotations(file) {
    const parts = cedar.policySetTextToParts(fs.readFileSync(file, 'utf8'));
    if (parts.type !== 'success')
        fail('the policies do not parse', parts);
    const texts = {};
    for (const policy of parts.policies) {
        const json = cedar.policyToJson(policy);
        if (json.type !== 'success')
            fail('a policy does not convert', json);
        texts[json.json.annotations.id] = json.json.annotations.text;
    }
    process.stdout.write(JSON.stringify(texts) + '\n');
}

function main() {
    if (process.argv[2] === '--annotations')
        return annotations(process.argv[3]);
    const [dir, requests] = process.argv.slice(2);
    const schema = fs.readFileSync(path.join(dir, 'schema.cedarschema'), 'utf8');
    const text = fs.readFileSync(path.join(dir, 'policies.cedar'), 'utf8');
    const entities = JSON.parse(fs.readFileSync(path.join(dir, 'entities.json'), 'utf8'));

    const parsedSchema = cedar.schemaToJson(schema);
    if (parsedSchema.type !== 'success' || parsedSchema.warnings.length > 0)
        fail('the schema', parsedSchema);

    // Every policy under the id its @id annotation gives (as text, Cedar would number them policy0, policy1, ...).
    const parts = cedar.policySetTextToParts(text);
    if (parts.type !== 'success')
        fail('the policies do not parse', parts);
    if (parts.policy_templates.length > 0)
        fail('templates where none were expected', parts.policy_templates);
    const policies = {};
    const names = new Map(entities.map((e) => [`${e.uid.type}::${e.uid.id}`, e.attrs.name]));
    for (const policy of parts.policies) {
        const json = cedar.policyToJson(policy);
        if (json.type !== 'success')
            fail('a policy does not convert', json);
        const annotations = json.json.annotations || {};
        const id = annotations.id;
        if (!id || id in policies)
            fail('a policy without an id of its own', policy);
        policies[id] = policy;
        // The names in annotations are read back exactly as the entities hold them: the escaping held.
        const principal = json.json.principal.entity;
        if (annotations.member !== names.get(`${principal.type}::${principal.id}`))
            fail('@member is not the name of the principal', { id, member: annotations.member });
        if (json.json.resource.op === '==') {
            const resource = json.json.resource.entity;
            if (annotations.production !== names.get(`${resource.type}::${resource.id}`))
                fail('@production is not the name of the resource', { id, production: annotations.production });
        }
    }

    const validation = cedar.validate({
        schema,
        policies: { staticPolicies: policies },
        validationSettings: { mode: 'strict' },
    });
    // The call succeeds whether or not the policies are valid: the errors and warnings are in the answer.
    if (validation.type !== 'success' || validation.validationErrors.length > 0
        || validation.validationWarnings.length > 0 || validation.otherWarnings.length > 0)
        fail('strict validation', validation);
    const parsedEntities = cedar.checkParseEntities({ entities, schema });
    if (parsedEntities.type !== 'success')
        fail('the entities', parsedEntities);

    for (const [what, answer] of [['the schema', cedar.preparseSchema('schema', schema)],
        ['the policies', cedar.preparsePolicySet('policies', { staticPolicies: policies })]]) {
        if (answer.type !== 'success')
            fail(what, answer);
    }
    // Every member and production is an entity of its own, and the actions and their groups are the schema's alone.
    const kinds = new Set(entities.map((e) => e.uid.type));
    if (kinds.size !== 2 || !kinds.has('Rolesheet::Member') || !kinds.has('Rolesheet::Production'))
        fail('entities of other types', [...kinds]);
    const lines = fs.readFileSync(requests, 'utf8').split('\n').filter((line) => line.length > 0);
    const answers = [];
    for (const line of lines) {
        const [member, production, action, now] = line.split('\t');
        const answer = cedar.statefulIsAuthorized({
            principal: { type: 'Rolesheet::Member', id: member },
            action: { type: 'Rolesheet::Action', id: action },
            resource: { type: 'Rolesheet::Production', id: production },
            context: { now: { __extn: { fn: 'datetime', arg: now } } },
            preparsedSchemaName: 'schema',
            validateRequest: true,
            preparsedPolicySetId: 'policies',
            entities,
        });
        if (answer.type !== 'success' || answer.warnings.length > 0 || answer.response.diagnostics.errors.length > 0)
            fail(`the request ${line}`, answer);
        const reasons = answer.response.diagnostics.reason.slice().sort();
        answers.push(answer.response.decision === 'allow' ? `allow\t${reasons.join(',')}` : 'deny');
    }
    process.stdout.write(answers.join('\n') + '\n');
}

main();
