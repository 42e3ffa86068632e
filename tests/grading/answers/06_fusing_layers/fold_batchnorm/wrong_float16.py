# Misconception: a folded convolution for inference can be stored in half precision (its
# outputs are then the original's rounded to about 3 digits) (explained from the layer's
# dtype by fusing_layers.check_same_function, no table entry).
# Expect: fail "the fused layer computes in float16 \(its dtype\), not float32"
def fold_batchnorm(net):
    (kernel,) = net.get_layer("conv").get_weights()
    bn = net.get_layer("bn")
    gamma, beta, mean, variance = bn.get_weights()
    scale = gamma / np.sqrt(variance + bn.epsilon)
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu", dtype="float16")
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), conv])
    conv.set_weights([kernel * scale, beta - mean * scale])
    return model
