# Alternative: a subclassed Model, the fold in a helper with float64 arithmetic
# Expect: pass
def fold(bn, conv):
    g, b, m, v = (w.astype("float64") for w in bn.get_weights())
    k, c = (w.astype("float64") for w in conv.get_weights())
    s = g / np.sqrt(v + bn.epsilon)
    return (k * s[None, None, :, None]).astype("float32"), (c + np.einsum("ijkl,k->l", k, b - m * s)).astype("float32")


class Folded(keras.Model):
    def __init__(self):
        super().__init__(name="folded")
        self.conv = keras.layers.Conv2D(4, 3, activation="relu")

    def call(self, images):
        return self.conv(images)


def fold_batchnorm(net):
    kernel, bias = fold(net.get_layer("bn"), net.get_layer("conv"))
    model = Folded()
    model(np.zeros((1, 8, 8, 3), dtype="float32"))
    model.conv.set_weights([kernel, bias])
    return model
