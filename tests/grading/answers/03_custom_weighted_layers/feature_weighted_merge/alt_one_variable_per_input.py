# Alternative: one variable of `features` logits per input, made in a loop; the softmax by
# hand (exp, divided by the sum over the inputs).
# Expect: pass
class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.rows = [
            self.add_weight(shape=(shape[-1],), initializer="zeros", name=f"row_{i}")
            for i, shape in enumerate(input_shape)
        ]

    def call(self, inputs):
        exps = [keras.ops.exp(row) for row in self.rows]
        total = sum(exps)
        return sum(e / total * x for e, x in zip(exps, inputs, strict=True))
