export { SignInPage as default, metadata } from '@/studio/pages/sign-in-page';
