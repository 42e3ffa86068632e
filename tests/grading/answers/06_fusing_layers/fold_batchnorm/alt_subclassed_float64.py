# Alternative: a subclassed model; the fold computed in float64 with np.einsum over channels.
# Expect: pass
class Folded(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")

    def call(self, images):
        return self.conv(images)


def fold_batchnorm(net):
    kernel = np.asarray(net.get_layer("conv").get_weights()[0], "float64")
    bn = net.get_layer("bn")
    gamma, beta, mean, variance = (np.asarray(w, "float64") for w in bn.get_weights())
    scale = gamma / np.sqrt(variance + bn.epsilon)
    model = Folded()
    model(np.zeros((1, 8, 8, 3), "float32"))
    folded = np.einsum("hwio,o->hwio", kernel, scale)
    model.conv.set_weights([folded.astype("float32"), (beta - mean * scale).astype("float32")])
    return model
