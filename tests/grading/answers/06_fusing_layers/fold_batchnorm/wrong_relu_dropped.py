# Misconception: folding BatchNormalization folds the ReLU after it too, into nothing.
# (explained by structure, no table entry)
# Expect: fail "has activation linear, the task asks for relu"
def fold_batchnorm(net):
    (kernel,) = net.get_layer("conv").get_weights()
    bn = net.get_layer("bn")
    gamma, beta, mean, variance = bn.get_weights()
    scale = gamma / np.sqrt(variance + bn.epsilon)
    bias = beta - mean * scale
    conv = keras.layers.Conv2D(4, 3, padding="same")
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), conv])
    conv.set_weights([kernel * scale, bias])
    return model
