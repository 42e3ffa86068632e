# Alternative: a subclassed Model holding the one fused Dense
# Expect: pass
class FusedPair(keras.Model):
    def __init__(self, kernel, bias, **kwargs):
        super().__init__(**kwargs)
        self.dense = keras.layers.Dense(
            kernel.shape[1],
            kernel_initializer=keras.initializers.Constant(kernel),
            bias_initializer=keras.initializers.Constant(bias),
        )

    def call(self, inputs):
        return self.dense(inputs)


def fuse_pair(pair):
    w1, b1 = pair.get_layer("first").get_weights()
    w2, b2 = pair.get_layer("second").get_weights()
    model = FusedPair(w1 @ w2, b1 @ w2 + b2)
    model(keras.Input(shape=(6,)))
    return model
