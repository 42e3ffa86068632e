# Alternative: __init__ with **kwargs, input validation, a (n, 1) variable, compute_output_shape.
# Expect: pass
class WeightedMerge(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.kernel_initializer = keras.initializers.Constant(0.3)

    def build(self, input_shape):
        if len({tuple(s) for s in input_shape}) != 1:
            raise ValueError(f"inputs must share one shape, got {input_shape}")
        self.mixing_logits = self.add_weight(
            name="mixing_logits",
            shape=(len(input_shape), 1),
            initializer=self.kernel_initializer,
            trainable=True,
        )

    def compute_output_shape(self, input_shape):
        return input_shape[0]

    def call(self, inputs):
        weights = keras.ops.softmax(keras.ops.reshape(self.mixing_logits, (-1,)))
        total = weights[0] * inputs[0]
        for i in range(1, len(inputs)):
            total = total + weights[i] * inputs[i]
        return total
