# Alternative: validates its inputs' shapes, then a weighted sum over the stacked inputs with
# keras.ops.sum; the input shapes read as lists.
# Expect: pass
class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        shapes = [tuple(shape) for shape in input_shape]
        if len(set(shapes)) != 1:
            raise ValueError(f"FeatureWeightedMerge needs inputs of one shape. Received: {shapes}")
        self.logits = self.add_weight(shape=(len(shapes), shapes[0][-1]), initializer="zeros")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits, axis=0)
        stacked = keras.ops.stack(inputs, axis=0)  # (inputs, batch, features)
        return keras.ops.sum(weights[:, None, :] * stacked, axis=0)
