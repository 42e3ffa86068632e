# Alternative: the tutorial's slice corrected to skip the InputLayer, SGD at exactly 1e-3
# Expect: pass
import keras


def prepare_fine_tuning(model, extractor):
    body = [layer for layer in extractor.layers if not isinstance(layer, keras.layers.InputLayer)]
    for layer in body[:2]:
        layer.trainable = False
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=1e-3, momentum=0.9), loss=keras.losses.CategoricalCrossentropy())
    return model
