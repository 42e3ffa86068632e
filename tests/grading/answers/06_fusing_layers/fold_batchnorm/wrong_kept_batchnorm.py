# Misconception: a new convolution with a bias, followed by a copy of BatchNormalization, is folded.
# (explained by fusing_layers.check_one_layer, no table entry)
# Expect: fail "BatchNormalization is still there"
def fold_batchnorm(net):
    conv = keras.layers.Conv2D(4, 3, padding="same")
    bn = keras.layers.BatchNormalization(epsilon=0.01)
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), conv, bn, keras.layers.ReLU()])
    (kernel,) = net.get_layer("conv").get_weights()
    conv.set_weights([kernel, np.zeros(4, "float32")])
    bn.set_weights(net.get_layer("bn").get_weights())
    return model
