# Misconception: a NumPy copy of the transposed kernel, made once when the decoder is built,
# stays tied (it holds the values of that moment; the encoder's kernel moves on)
# (explained from the outputs of the kernel's old values by check_follows, no table entry).
# Expect: fail "kept that copy of its values \(a NumPy array, self.kernel_t, not the variable\)"
class DenseTransposed(keras.layers.Layer):
    def __init__(self, tied_to, **kwargs):
        super().__init__(**kwargs)
        self.tied_to = tied_to

    def build(self, input_shape):
        kernel = keras.ops.convert_to_numpy(self.tied_to.kernel)
        self.kernel_t = np.transpose(kernel)
        self.bias = self.add_weight(shape=(kernel.shape[0],), initializer="zeros")

    def call(self, inputs):
        return keras.ops.matmul(inputs, self.kernel_t) + self.bias


def build_tied_autoencoder():
    inputs = keras.Input(shape=(12,))
    encoder = keras.layers.Dense(5, activation="relu")
    return keras.Model(inputs, DenseTransposed(encoder)(encoder(inputs)))
