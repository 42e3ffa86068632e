# Alternative: a subclassed model holding the fused layer; the bias as the pair's output at zero.
# Expect: pass
class Fused(keras.Model):
    def __init__(self):
        super().__init__()
        self.layer = keras.layers.Dense(4)

    def call(self, readings):
        return self.layer(readings)


def fuse_pair(pair):
    w1, _ = pair.get_layer("first").get_weights()
    w2, _ = pair.get_layer("second").get_weights()
    bias = pair(np.zeros((1, 6), "float32"), training=False).numpy()[0]  # x = 0 leaves the bias
    model = Fused()
    model(np.zeros((1, 6), "float32"))
    model.layer.set_weights([w1 @ w2, bias])
    return model
