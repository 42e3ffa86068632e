# Alternative: keras.ops throughout, the values assigned into a built Conv2D
# Expect: pass
from keras import ops


def fold_batchnorm(net):
    bn = net.get_layer("bn")
    old = net.get_layer("conv")
    scale = bn.gamma / ops.sqrt(bn.moving_variance + bn.epsilon)
    shift = bn.beta - bn.moving_mean * scale
    kernel = old.kernel * ops.reshape(scale, (1, 1, -1, 1))
    bias = old.bias + ops.einsum("hwco,c->o", old.kernel, shift)
    conv = keras.layers.Conv2D(old.filters, old.kernel_size, activation="relu")
    conv.build((None, 8, 8, 3))
    conv.kernel.assign(kernel)
    conv.bias.assign(bias)
    return keras.Sequential([keras.Input(shape=(8, 8, 3)), conv])
