import { expect } from '@open-wc/testing';
import Ajv2020 from 'ajv/dist/2020.js';
import iraqCoalitionEvents from '../../events/iraq-coalition.js';
import { conflictEventsJsonSchema } from '../../src/model/json-schema.js';
import { validateEvents } from '../../src/model/validate.js';

describe('dataset events/iraq-coalition', () => {
  it('passes the validator with no error and no warning, every event kept', () => {
    const result = validateEvents(iraqCoalitionEvents);
    expect(result.issues.map((issue) => issue.message)).to.deep.equal([]);
    expect(result.events).to.have.length(iraqCoalitionEvents.length);
    expect(result.events).to.deep.equal([...iraqCoalitionEvents]);
  });

  it('passes the JSON Schema', () => {
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(conflictEventsJsonSchema());
    const valid = validate(JSON.parse(JSON.stringify(iraqCoalitionEvents)));
    expect(valid, JSON.stringify(validate.errors, null, 1)).to.equal(true);
  });
});
