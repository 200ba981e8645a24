export { POST } from '@/modules/revalidation/route';
