# Misconception: a weight per feature is what "feature by feature" means; one row serves every
# input.
# Expect: fail "one weight per feature \(4\), shared by every input"
class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(input_shape[0][-1],), initializer="zeros")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits)
        return sum(weights * tensor for tensor in inputs)
