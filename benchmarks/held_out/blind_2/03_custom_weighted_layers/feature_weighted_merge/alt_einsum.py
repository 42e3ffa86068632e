# Alternative: keras.ops.einsum over the stacked inputs
# Expect: pass
import keras


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.table = self.add_weight(shape=(len(input_shape), int(input_shape[0][-1])), initializer="zeros", trainable=True)

    def call(self, inputs):
        w = keras.ops.softmax(self.table, axis=0)
        return keras.ops.einsum("nbf,nf->bf", keras.ops.stack(inputs), w)
