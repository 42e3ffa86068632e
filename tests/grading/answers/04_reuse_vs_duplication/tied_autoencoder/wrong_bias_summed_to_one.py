# Misconception: the bias made the size of what the decoder reads (5), then summed to one number so the shapes meet: the error is gone, the bias is not one per output (explained by the description's DenseTransposed op, which says what it needs; no table entry).
# Expect: fail "decoded, DenseTransposed\(encoder\) on code needs a bias of its own with 12 values"
class DenseTransposed(keras.layers.Layer):
    def __init__(self, tied_to, **kwargs):
        super().__init__(**kwargs)
        self.tied_to = tied_to

    def build(self, input_shape):
        self.bias = self.add_weight(shape=(input_shape[-1],), initializer="zeros")

    def call(self, inputs):
        return keras.ops.matmul(inputs, keras.ops.transpose(self.tied_to.kernel)) + keras.ops.sum(
            self.bias
        )


def build_tied_autoencoder():
    inputs = keras.Input(shape=(12,))
    encoder = keras.layers.Dense(5, activation="relu")
    return keras.Model(inputs, DenseTransposed(encoder)(encoder(inputs)))
