export { GET } from '@/modules/indicator/csv-route';
