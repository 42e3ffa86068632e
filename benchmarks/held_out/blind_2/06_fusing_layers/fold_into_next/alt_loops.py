# Alternative: explicit loops over input channels; separate ReLU via activation on the conv
# Expect: pass
import keras
import numpy as np


def fold_batchnorm(net):
    bn = net.get_layer("bn")
    conv = net.get_layer("conv")
    gamma, beta, mean, var = bn.get_weights()
    kernel, bias = conv.get_weights()
    new_kernel = np.empty_like(kernel)
    new_bias = bias.astype("float64").copy()
    for c in range(kernel.shape[2]):
        s = gamma[c] / np.sqrt(var[c] + bn.epsilon)
        t = beta[c] - mean[c] * s
        new_kernel[:, :, c, :] = kernel[:, :, c, :] * s
        new_bias += t * kernel[:, :, c, :].sum(axis=(0, 1))
    images = keras.Input(shape=(8, 8, 3))
    folded = keras.layers.Conv2D(filters=4, kernel_size=(3, 3), padding="valid", activation="relu")
    out = folded(images)
    folded.set_weights([new_kernel, new_bias.astype("float32")])
    return keras.Model(images, out)
