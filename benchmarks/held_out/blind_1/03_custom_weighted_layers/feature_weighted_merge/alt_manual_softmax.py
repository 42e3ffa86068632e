# Alternative: manual, numerically stable softmax with keras.ops, loop accumulation
# Expect: pass
class FeatureWeightedMerge(keras.layers.Layer):
    """Mixes its inputs feature by feature."""

    def build(self, input_shape):
        n, features = len(input_shape), input_shape[0][-1]
        self.logits = self.add_weight(shape=(n, features), initializer="zeros", name="logits")

    def call(self, inputs):
        z = self.logits - keras.ops.max(self.logits, axis=0, keepdims=True)
        e = keras.ops.exp(z)
        w = e / keras.ops.sum(e, axis=0, keepdims=True)
        out = inputs[0] * w[0]
        for i in range(1, len(inputs)):
            out = out + inputs[i] * w[i]
        return out
