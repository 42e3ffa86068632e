# Misconception: the lesson's weighted merge as it is: one logit per input, shared by every
# feature (the task asks one per input and per feature).
# Expect: fail "one weight per input \(3\), as the lesson.s weighted merge has"
class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
