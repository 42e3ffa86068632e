# Alternative: everything in keras.ops, Constant initializers, Sequential
# Expect: pass
import keras
from keras import ops


def fold_batchnorm(net):
    bn, conv = net.get_layer("bn"), net.get_layer("conv")
    scale = bn.gamma / ops.sqrt(bn.moving_variance + bn.epsilon)
    shift = bn.beta - bn.moving_mean * scale
    kernel = conv.kernel * ops.reshape(scale, (1, 1, 3, 1))
    bias = conv.bias + ops.sum(conv.kernel * ops.reshape(shift, (1, 1, 3, 1)), axis=(0, 1, 2))
    return keras.Sequential(
        [
            keras.Input(shape=(8, 8, 3)),
            keras.layers.Conv2D(
                4, 3, activation="relu",
                kernel_initializer=keras.initializers.Constant(ops.convert_to_numpy(kernel)),
                bias_initializer=keras.initializers.Constant(ops.convert_to_numpy(bias)),
            ),
        ]
    )
