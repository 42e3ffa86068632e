# Misconception: the shape (3, 4) of the example is written into build (explained from the variables build() made by custom_weighted_layers.merge_model, no table entry).
# Expect: fail "build\(\) made a variable of shape \(3, 4\), a size these inputs do not have"
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(3, 4), initializer="zeros")

    def call(self, inputs):
        w = ops.softmax(self.logits, axis=0)
        return sum(w[i] * x for i, x in enumerate(inputs))
