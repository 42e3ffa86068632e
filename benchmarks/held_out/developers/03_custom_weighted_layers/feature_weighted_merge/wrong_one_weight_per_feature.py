# Misconception: "one weight per feature" read as a single vector of feature weights shared by all inputs
# Expect: fail
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        features = input_shape[0][-1]
        self.feature_logits = self.add_weight(shape=(features,), initializer="zeros")

    def call(self, inputs):
        weights = ops.softmax(self.feature_logits)
        return sum(weights * x for x in inputs)
