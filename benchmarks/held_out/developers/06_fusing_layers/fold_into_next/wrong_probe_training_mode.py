# Misconception: BN can be probed with ones and zeros to read its scale and shift, in training mode
# Expect: fail
def fold_batchnorm(net):
    bn = net.get_layer("bn")
    conv_layer = net.get_layer("conv")
    ones = np.ones((1, 1, 1, 3), dtype="float32")
    zeros = np.zeros((1, 1, 1, 3), dtype="float32")
    shift = np.asarray(bn(zeros, training=True))[0, 0, 0]
    scale = np.asarray(bn(ones, training=True))[0, 0, 0] - shift
    kernel = conv_layer.kernel.numpy() * scale[:, None]
    bias = conv_layer.bias.numpy() + np.einsum("hwio,i->o", conv_layer.kernel.numpy(), shift)
    conv = keras.layers.Conv2D(4, 3, activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), conv])
    conv.set_weights([kernel, bias])
    return model
