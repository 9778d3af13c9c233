import CMS from '@sveltia/cms';
import { openBridge } from './bridge';
import { studioConfig } from './config';
import { registerStudioFields } from './fields/register';
import { signInWhenAsked } from './sign-in';

await openBridge();
registerStudioFields(CMS);
signInWhenAsked();
await CMS.init({ config: studioConfig() });
