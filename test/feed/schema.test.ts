import { expect } from '@open-wc/testing';
import Ajv2020 from 'ajv/dist/2020.js';
describe('probe', () => { it('loads ajv', () => { const a = new Ajv2020(); expect(a.validate({type:'string'}, 'x')).to.equal(true); }); });
