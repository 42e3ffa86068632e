# Misconception: transposing the kernel once, when the decoder is built, ties it for good.
# (explained from the outputs of the kernel's old values by check_follows, no table entry)
# Expect: fail "kept that copy of its values \(a tensor, self.kernel_t, not the variable\)"
class DenseTransposed(keras.layers.Layer):
    def __init__(self, tied_to, **kwargs):
        super().__init__(**kwargs)
        self.tied_to = tied_to

    def build(self, input_shape):
        self.kernel_t = keras.ops.transpose(self.tied_to.kernel)  # a tensor: today's values
        self.bias = self.add_weight(shape=(self.kernel_t.shape[1],), initializer="zeros")

    def call(self, inputs):
        return keras.ops.matmul(inputs, self.kernel_t) + self.bias


def build_tied_autoencoder():
    inputs = keras.Input(shape=(12,))
    encoder = keras.layers.Dense(5, activation="relu")
    return keras.Model(inputs, DenseTransposed(encoder)(encoder(inputs)))
