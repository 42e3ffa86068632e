# Misconception: a (features, inputs) variable turns into (inputs, features) by a reshape (a
# reshape keeps the values in their order: each weight lands on another input and feature).
# Expect: fail "reshaped \(not transposed\)"
class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        count, features = len(input_shape), input_shape[0][-1]
        self.logits = self.add_weight(shape=(features, count), initializer="zeros")

    def call(self, inputs):
        rows = keras.ops.reshape(self.logits, (len(inputs), -1))
        weights = keras.ops.softmax(rows, axis=0)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
