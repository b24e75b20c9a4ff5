/**
 * `/social.png`: the image link previews show (Open Graph, 1200 × 630), rendered at build time
 * from its SVG source, so the picture and its source never drift apart.
 */
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import svg from '../assets/social-image.svg?raw';

export const prerender = true;

export const GET: APIRoute = async () => {
	const png = await sharp(Buffer.from(svg)).png().toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
