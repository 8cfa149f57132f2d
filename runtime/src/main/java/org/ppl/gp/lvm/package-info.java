/**
 * Tools for the latent spaces of GP latent variable models: a PCA start for the latent X
 * ({@link org.ppl.gp.lvm.Pca}, {@link org.ppl.gp.lvm.LatentStart}) with inducing inputs spread
 * over it ({@link org.ppl.gp.lvm.InducingPoints}); the ADVI start scale that keeps that start
 * ({@link org.ppl.gp.lvm.LatentStart#ADVI_START_SCALE}); MAP of an exact GP-LVM warm-started
 * from a sparse one ({@link org.ppl.gp.lvm.SparseWarmStartMap}); the leave-one-out
 * 1-nearest-neighbour error of a latent space against known labels
 * ({@link org.ppl.gp.lvm.NearestNeighbour}); which mode a fit ended in
 * ({@link org.ppl.gp.lvm.FitMode}); and the identified quantities to check a posterior's
 * convergence on ({@link org.ppl.gp.lvm.LatentDistances}).
 */
package org.ppl.gp.lvm;
