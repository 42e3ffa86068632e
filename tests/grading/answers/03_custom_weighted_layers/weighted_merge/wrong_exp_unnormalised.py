# Misconception: exp makes the weights positive, which is what the softmax is for (it also
# divides by their sum) (explained by the weights the output implies, no table entry)
# Expect: fail "each weight is exp\(logit\), not divided by the sum of the exps"
class WeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        weights = keras.ops.exp(self.logits)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
