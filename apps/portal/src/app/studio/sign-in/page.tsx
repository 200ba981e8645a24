export { SignInPage as default, metadata } from '@/modules/studio/auth/sign-in-page';
